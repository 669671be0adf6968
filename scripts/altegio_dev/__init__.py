"""Development tooling of altegio-b2b: rebuild, normalize and diff the spec, regenerate and check
the client, run the demo. Run ``python -m altegio_dev --help`` for the commands."""
