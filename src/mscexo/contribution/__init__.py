"""A contribution: validating contributed files, templates to fill in."""
