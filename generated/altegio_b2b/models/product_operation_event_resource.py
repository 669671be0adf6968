from .._runtime.enums import OpenStrEnum


class ProductOperationEventResource(OpenStrEnum):
    GOODS_OPERATIONS_CONSUMABLE = "goods_operations_consumable"
    GOODS_OPERATIONS_MOVE = "goods_operations_move"
    GOODS_OPERATIONS_RECEIPT = "goods_operations_receipt"
    GOODS_OPERATIONS_SALE = "goods_operations_sale"
    GOODS_OPERATIONS_STOLEN = "goods_operations_stolen"
