"""From curation YAML to the data package: the build and its checks."""
