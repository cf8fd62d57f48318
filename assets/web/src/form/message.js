// A message to show a person: a fluent key and its arguments, in the order
// the Rust side gives them (`Message::new(key).arg(..)`), so two messages
// compare equal exactly when the Rust ones would.

/** `{ key, args }` with `args` a list of `[name, value]`. */
export function message(key, args = {}) {
  return { key, args: Object.entries(args) };
}

/** Whether two messages say the same thing. */
export function sameMessage(a, b) {
  return a.key === b.key && JSON.stringify(a.args) === JSON.stringify(b.args);
}
