package tests

import (
	"github.com/platform/estate/internal/jsonpath"

	"strings"
	"testing"

	"github.com/platform/estate/stacks"
)

// TestLogicalIDs: stacks.LogicalID, which names the earlier addresses of
// moved resources, gives every resource of every stack the name cdktf gave it.
func TestLogicalIDs(t *testing.T) {
	s := awsSynth(t)
	checked := 0
	for _, stack := range s.StackNames() {
		for typ, items := range resourcesOf2(s.Docs[stack], "resource") {
			for name, r := range items {
				path, _ := jsonpath.Get(r, "//", "metadata", "path").(string)
				components := strings.Split(path, "/")[1:]
				if got := stacks.LogicalID(components...); got != name {
					t.Errorf("%s: %s at %s: LogicalID gives %s", stack, typ+"."+name, path, got)
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("checked %d resources", checked)
	}
}

// TestMovedBlocks: every moved block leads from an address no resource has
// any more to one a resource has.
func TestMovedBlocks(t *testing.T) {
	s := awsSynth(t)
	moves := 0
	for _, stack := range s.StackNames() {
		moved, _ := s.Docs[stack]["moved"].([]any)
		for _, m := range moved {
			from, _ := jsonpath.Get(m, "from").(string)
			to, _ := jsonpath.Get(m, "to").(string)
			if exists(s.Docs[stack], from) || !exists(s.Docs[stack], to) {
				t.Errorf("%s: moved from %s (exists: %v) to %s (exists: %v)", stack, from, exists(s.Docs[stack], from), to, exists(s.Docs[stack], to))
			}
			moves++
		}
	}
	// Per app stack three egress rules, per environment the flow-log role.
	if want := 4 * len(s.Project.Environments); moves != want {
		t.Errorf("%d moved blocks, want %d", moves, want)
	}
}

func exists(doc map[string]any, address string) bool {
	typ, name, _ := strings.Cut(address, ".")
	_, ok := resourcesOf(doc, "resource", typ)[name]
	return ok
}

// resourcesOf2 returns every block of kind by type and name.
func resourcesOf2(doc map[string]any, kind string) map[string]map[string]map[string]any {
	out := map[string]map[string]map[string]any{}
	byType, _ := doc[kind].(map[string]any)
	for typ := range byType {
		out[typ] = resourcesOf(doc, kind, typ)
	}
	return out
}
