// Package jsonpath walks decoded JSON (what encoding/json gives for `any`).
package jsonpath

// Get follows path through v: a string is a key of an object, an int an
// index of a list. It returns nil where the path leads nowhere.
func Get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k < 0 || k >= len(l) {
				return nil
			}
			v = l[k]
		default:
			return nil
		}
	}
	return v
}
