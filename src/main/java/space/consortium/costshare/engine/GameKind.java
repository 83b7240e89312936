package space.consortium.costshare.engine;

/** Whether a game's values are costs to share (smaller is better) or worths to divide (larger is better). */
public enum GameKind {
    COST, PROFIT
}
