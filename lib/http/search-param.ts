// A query parameter as one string: a page's searchParams hold an array when a name is repeated (?a=1&a=2).
export function searchParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
