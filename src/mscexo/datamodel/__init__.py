"""The LinkML schema's generated code: pydantic models, Table Schemas, and the generator."""
