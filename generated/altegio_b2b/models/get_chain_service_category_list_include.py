from .._runtime.enums import OpenStrEnum


class GetChainServiceCategoryListInclude(OpenStrEnum):
    SERVICES = "services"
