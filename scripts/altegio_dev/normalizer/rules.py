"""The data the normalizer's patches act on. Change these tables, not the patch code,
when Altegio fixes a quirk or adds a new one of a known kind."""

from __future__ import annotations

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Header parameters the client sets itself on every request.
MANAGED_HEADERS = frozenset({"accept", "content-type", "authorization", "user-agent"})

# Path prefixes that repeat the server URL's own path (`https://api.alteg.io/api/v1`).
DUPLICATED_PATH_PREFIXES = ("/api/v1/",)

# "Paths" that are really callback URLs the partner implements (webhooks, not operations).
CALLBACK_PATH_PREFIXES = ("/https://", "/http://")

# Request content types the generator cannot model, mapped to what the API really takes.
CONTENT_TYPE_MAP = {"*/*": "application/json"}

# Operations whose spec lists no security but which the live API guards.
SECURITY_OVERRIDES = {"authorize_user": "BearerPartner"}

# Parameter and property names that hold identifiers: `number` there means integer.
ID_NAME_SUFFIX = "_id"

# Properties a success envelope has; a 2xx schema with exactly these is unwrapped to `data`.
ENVELOPE_PROPERTIES = frozenset({"success", "data", "meta"})

# The media type the client asks for (`Accept`); the live API answers it with JSON. The mock
# must offer it too, or Prism refuses the request with 406.
VENDOR_MEDIA_TYPE = "application/vnd.api.v2+json"

# First line of a deprecated operation's docstring (the client also warns when it is called).
DEPRECATED_NOTE = "Deprecated: Altegio marks this operation deprecated; expect it to be removed."
