package jsonpath

import (
	"encoding/json"
	"testing"
)

func TestGet(t *testing.T) {
	var v any
	if err := json.Unmarshal([]byte(`{"a": {"b": [10, {"c": "x"}]}}`), &v); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path []any
		want any
	}{
		{[]any{"a", "b", 0}, float64(10)},
		{[]any{"a", "b", 1, "c"}, "x"},
		{[]any{"a", "b", 2}, nil},
		{[]any{"a", "x", "y"}, nil},
		{[]any{"a", 0}, nil},
		{[]any{"a", "b", -1}, nil},
		{[]any{1.5}, nil},
	} {
		if got := Get(v, c.path...); got != c.want {
			t.Errorf("Get(%v) = %v, want %v", c.path, got, c.want)
		}
	}
}
