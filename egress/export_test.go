package egress

// Control is the socket hook, for tests.
var Control = control
