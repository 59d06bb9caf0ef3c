"""Transfer cases: a decision that moves a person (or, for a reorganisation, everyone of a unit), its
steps between the sending and the receiving unit, and the saga that applies it to the record."""
