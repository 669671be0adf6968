"""The data the normalizer's patches act on. Change these tables, not the patch code,
when Altegio fixes a quirk or adds a new one of a known kind."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from ..constants import RUNTIME

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Header parameters the client sets itself on every request (compared lowercased). The vendor
# document also declares them misspelled: "Conetnt-Type" (3 operations, e.g. delete_client_comment)
# and "Authorizarion" (1); they are the same headers, documented with the same defaults.
MANAGED_HEADERS = frozenset({"accept", "content-type", "authorization", "user-agent", "conetnt-type", "authorizarion"})

# Path prefixes that repeat the server URL's own path (`https://api.alteg.io/api/v1`).
DUPLICATED_PATH_PREFIXES = ("/api/v1/",)

# "Paths" that are really callback URLs the partner implements (webhooks, not operations): a URL
# for a path (fiscalize_document: POST /https://your-api.url), or an operation the document itself
# calls "not a callable endpoint" (marketplace_webhook: events Altegio posts to the partner).
CALLBACK_PATH_PREFIXES = ("/https://", "/http://")
CALLBACK_OPERATIONS = frozenset({"marketplace_webhook"})

# Request content types the generator cannot model, mapped to what the API really takes.
CONTENT_TYPE_MAP = {"*/*": "application/json"}

# Operations whose declared security is wrong. The logins list none, but the live API guards them:
# POST /auth needs the partner token (shared/altegio/README.md); the Online Booking document says
# "All requests require partner authorization via Bearer token" (its info.description), its logins
# included. The booking user's own data (Client Personal Cabinet operations that name no
# appointment by its hash) say BearerPartner, but their Authorization header reads "Bearer
# partner_token, User user_token" and nothing else in the request says whose data it is.
SECURITY_OVERRIDES = {
    "authorize_user": "BearerPartner",
    "authorize_online_booking_user": "BearerPartner",
    "log_in_with_phone_number_and_code": "BearerPartner",
    "get_booking_user": "BearerPartnerUser",
    "update_booking_user": "BearerPartnerUser",
    "update_booking_user_password": "BearerPartnerUser",
    "send_phone_update_verification_code": "BearerPartnerUser",
}

# Request bodies the document gets wrong, by operation: the schema to send instead.
# POST /user/auth ("Log in with phone number and code") reuses the password login's {login,
# password}; its own summary and description say it takes the phone number and the code SMSed by
# send_booking_verification_code, and callers of the live API send {"phone": ..., "code": ...}.
REQUEST_BODY_FIXES = {
    "log_in_with_phone_number_and_code": {
        "type": "object",
        "description": "The phone number and the code sent to it by send_booking_verification_code",
        "required": ["phone", "code"],
        "properties": {
            "phone": {"type": "string", "description": "Phone number the code was sent to", "example": "+13155550175"},
            "code": {"type": "string", "description": "The code from the SMS", "example": "38829"},
        },
    },
}

# Parameter and property names that hold identifiers: `number` there means integer.
ID_NAME_SUFFIX = "_id"

# Properties a success envelope has (and maybe `meta`); a 2xx schema with these is unwrapped to `data`.
ENVELOPE_PROPERTIES = frozenset({"success", "data"})

# The media type the client asks for (`Accept`); the live API answers it with JSON. The mock
# must offer it too, or Prism refuses the request with 406.
VENDOR_MEDIA_TYPE = "application/vnd.api.v2+json"

# First line of a deprecated operation's docstring (the client also warns when it is called).
DEPRECATED_NOTE = "Deprecated: Altegio marks this operation deprecated; expect it to be removed."

# Array query parameters: PHP (Altegio's backend) keeps only the last of several bare `name=`
# values and reads `name[]=` as a list. The published docs show brackets, one per value
# (get_team_member_schedule_list: "staff_ids[]=123&staff_ids[]=234"; get_membership_type_list_by_id:
# "&ids[]={id}"), and Altegio's own TypeScript client appends `staff_ids[]`/`include[]`. Only a
# parameter the document declares `style: form, explode: false` goes comma-joined, as declared,
# unless its own name ends in [] (PHP would read "1,2" under `name[]` as a one-item list).
ARRAY_SUFFIX = "[]"
QUERY_STYLE_BRACKETS = "brackets"
QUERY_STYLE_COMMA = "comma"

# The names a page's number and size go by, in the query or the JSON body (sizes in the order
# operation_table.paging tries them). Paging query parameters are integers whatever the spec says.
PAGE_NUMBER_NAME = "page"
PAGE_SIZE_NAMES = ("count", "page_size", "limit", "editable_length", "max_count")
PAGING_PARAMETERS = frozenset({PAGE_NUMBER_NAME, *PAGE_SIZE_NAMES})

# `number` parameters the docs show as 0/1 flags or small codes ("0 - any balance, 1 - positive"):
# integers, unless the name says an amount (paid_min=1 is money).
AMOUNT_NAME = r"(paid|amount|cost|price|sum|balance_from|balance_to|_min|_max)"
FLAG_EXAMPLES = (0, 1)
CODE_LIST = r"(^|\s)-?\d+\s*-\s*\w"

# Dates in parameters. The documented example decides the wire format: `2026-01-31` (ISO, most),
# `17.01.2025` (get_partner_appointment_list), or a date-time. `number` dates with an 8-digit example
# (get_transactions start_date=20251201) are ISO dates: the callers of the live API send 2026-05-01.
DATE_EXAMPLE = r"^\d{4}-\d{2}-\d{2}$"
DAY_FIRST_DATE_EXAMPLE = r"^\d{2}\.\d{2}\.\d{4}$"
COMPACT_DATE_EXAMPLE = r"^\d{8}$"
DATETIME_EXAMPLE = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"
DAY_FIRST_DATE_FORMAT = "%d.%m.%Y"
# Without an example: a name like these, and a description that says "date" ("and time": date-time).
DATE_NAME = r"(^|_)date$|^date_(from|to)$|^(changed|created)_(after|before)$"

# Phone numbers are text (+13155550175); a few parameters type them `number`.
PHONE_NAMES = frozenset({"phone"})

# Titles the document's editor left as placeholders; a model named after one says nothing.
PLACEHOLDER_TITLE = r"^Root Type for "


# Values the client reads as the declared type without loss (a number in a string field, a
# numeric string in a number field, 0/1 in a boolean one...), so a documented example holding one
# is no reason to widen the type. The client's runtime owns the rule (overrides/runtime/coercions.py);
# it is loaded from there, by path, so the normalizer and the models cannot disagree.
def _load_coercions() -> ModuleType:
    spec = importlib.util.spec_from_file_location("altegio_runtime_coercions", RUNTIME / "coercions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COERCIONS = _load_coercions()
LOSSLESS_READS: frozenset[tuple[str, str]] = COERCIONS.LOSSLESS_READS

# Tags whose Python package name would come out mangled ("VoIP" -> "vo_ip"): the name to use.
TAG_RENAMES = {"VoIP Integration": "Voip Integration"}

# Webhooks (what Altegio posts to the partner): each payload becomes a model named after the
# webhook's summary ("Appointment Event" -> AppointmentEvent); these summaries name no event.
WEBHOOK_MODEL_NAMES = {
    "fiscalize_document": "Fiscalization Request",  # "Example of a request for fiscalization of a document"
    "marketplace_webhook": "Marketplace Event",  # "Webhook from Altegio About Application Events"
}
