package dev.migralint.rule;

/** Which question of the deploy runbook a rule answers. */
public enum Category {
    DESTRUCTIVE("destructive"),
    BACKWARDS_INCOMPATIBLE("backwards-incompatible"),
    MAY_FAIL("may-fail"),
    LOST_GUARANTEE("lost-guarantee"),
    LOCKING("locking"),
    HYGIENE("hygiene");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
