"""The contract every record meets: cell rules, record models, keys, hints."""
