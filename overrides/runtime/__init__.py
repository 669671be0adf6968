"""Hand-written runtime of the Altegio client, layered over the generated code (from overrides/)."""
