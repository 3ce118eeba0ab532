"""Reading and writing files: input formats, data packages, atomic writes."""
