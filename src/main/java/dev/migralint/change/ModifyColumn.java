package dev.migralint.change;

import java.util.Optional;

/** A change to an existing column's definition; the column before the change is in the replayed schema. */
public record ModifyColumn(String table, String column, ColumnAlteration alteration) implements Change {

    /** The type the column has after this change, when the change states one. */
    public Optional<DataType> newType() {
        // Java 17 has no pattern switch outside preview: instanceof it is.
        if (alteration instanceof ColumnAlteration.Redefine r) {
            return Optional.of(r.after().type());
        }
        if (alteration instanceof ColumnAlteration.SetType t) {
            return Optional.of(t.type());
        }
        return Optional.empty();
    }
}
