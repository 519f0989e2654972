package brief

// OrdinalIn exposes ordinalIn to the tests.
var OrdinalIn = ordinalIn
