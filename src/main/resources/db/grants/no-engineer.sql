
-- No Engineer schema (--no-engineer): the Engineer stays off and says so when asked to build something.
