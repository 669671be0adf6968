"""The client every endpoint function takes as ``client=`` (implemented in ``_runtime.client``)."""

from ._runtime.client import AltegioClient

__all__ = ["AltegioClient"]
