package guardrails

import (
	"fmt"
	"maps"
	"slices"
)

// Rule is one guardrail.
type Rule struct {
	ID    string
	Title string
	// Fix says what to change.
	Fix   string
	Check func(d *Doc) []finding
}

// Rules are every guardrail, by id. Ids are stable: suppressions and
// reviews refer to them.
var Rules = map[string]*Rule{}

func rule(id, title, fix string, check func(d *Doc) []finding) {
	Rules[id] = &Rule{ID: id, Title: title, Fix: fix, Check: check}
}

// RuleIDs lists the rule ids, sorted.
func RuleIDs() []string { return slices.Sorted(maps.Keys(Rules)) }

// each applies f to every resource of typ, collecting its complaints.
func each(d *Doc, typ string, f func(id string, r map[string]any) string) []finding {
	var out []finding
	for _, id := range slices.Sorted(maps.Keys(d.resources(typ))) {
		if problem := f(id, d.resource(typ, id)); problem != "" {
			out = append(out, finding{typ, id, problem})
		}
	}
	return out
}

func set(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	}
	return true
}

func strList(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		out = append(out, x)
	case []any:
		for _, e := range x {
			out = append(out, fmt.Sprint(e))
		}
	}
	return out
}

func number(v any) float64 { f, _ := v.(float64); return f }

// ok decides whether the resource id (attributes r) of a stack (d)
// satisfies a rule.
type ok func(d *Doc, id string, r map[string]any) bool

// require registers the rule that every resource of typ satisfies ok; the
// problem of one that does not is problem.
func require(id, title, fix, typ, problem string, ok ok) {
	rule(id, title, fix, func(d *Doc) []finding {
		return each(d, typ, func(rid string, r map[string]any) string {
			if ok(d, rid, r) {
				return ""
			}
			return problem
		})
	})
}

// requireProtected is require for the stacks of environments that keep
// their data only.
func requireProtected(id, title, fix, typ, problem string, ok ok) {
	require(id, title, fix, typ, problem+" although the environment protects its data", func(d *Doc, id string, r map[string]any) bool {
		return !d.opts.Protected || ok(d, id, r)
	})
}

// requireKey registers the rule that every resource of typ (a what) is
// encrypted with a customer-managed KMS key, as ok decides; note says
// more of the problem where it helps.
func requireKey(id, typ, what, note, fix string, ok ok) {
	require(id, what+" encrypted with a customer-managed KMS key", fix, typ, "is not encrypted with a customer-managed KMS key"+note, ok)
}

// anyAttached reports whether a resource of typ attached by attr to the
// resource (toTyp, toID) satisfies match (as a bucket's settings resources
// are attached to it).
func anyAttached(d *Doc, typ, attr, toTyp, toID string, match func(map[string]any) bool) bool {
	for _, r := range d.attached(typ, attr, toTyp, toID) {
		if match(r) {
			return true
		}
	}
	return false
}

// ruleList reads a block that cdktf writes as an object or a list of objects.
func ruleList(v any) []map[string]any {
	switch x := v.(type) {
	case map[string]any:
		return []map[string]any{x}
	case []any:
		var out []map[string]any
		for _, e := range x {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}
