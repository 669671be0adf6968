"""One module per `altegio` command (or family of commands); app.py imports each when it runs."""
