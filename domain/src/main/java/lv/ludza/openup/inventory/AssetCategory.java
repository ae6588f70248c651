package lv.ludza.openup.inventory;

/** What kind of thing an asset is (the seed's kinds of equipment). */
public enum AssetCategory {
    COMPUTER, LAPTOP, GAME_CONSOLE, WHITEBOARD, PROJECTOR, FURNITURE, OTHER
}
