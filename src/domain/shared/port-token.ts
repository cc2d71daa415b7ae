/**
 * The DI token of a port: a symbol that carries the port's type, so wiring that resolves a
 * token gets the port's type from the token itself and the compiler rejects a swapped token.
 * The property is never set; it exists only in the type.
 */
export type PortToken<T> = symbol & { readonly __port?: T };

export function portToken<T>(name: string): PortToken<T> {
  return Symbol(name) as PortToken<T>;
}
