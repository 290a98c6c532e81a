package tests

import (
	"slices"
	"strings"
	"testing"

	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
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
	// Per environment the flow-log role.
	if want := len(s.Project.Environments); moves != want {
		t.Errorf("%d moved blocks, want %d", moves, want)
	}
}

// TestRemovedBlocks: the security group rules of their own that earlier
// versions built (now inline in their groups) are forgotten, not destroyed,
// and none of them is still in the configuration.
func TestRemovedBlocks(t *testing.T) {
	s := awsSynth(t)
	for _, spec := range s.Project.Environments {
		stack := layout.AppStack(spec.Name, "")
		removed, _ := s.Docs[stack]["removed"].([]any)
		var from []string
		for _, r := range removed {
			f, _ := jsonpath.Get(r, "from").(string)
			if exists(s.Docs[stack], f) {
				t.Errorf("%s: removed block for %s, which is in the configuration", stack, f)
			}
			if jsonpath.Get(r, "lifecycle", "destroy") != false {
				t.Errorf("%s: removed block for %s destroys it", stack, f)
			}
			from = append(from, f)
		}
		for _, want := range []string{
			"aws_vpc_security_group_egress_rule." + stacks.LogicalID("api", "egress-0"),
			"aws_vpc_security_group_egress_rule." + stacks.LogicalID("api", "egress-5432"),
			"aws_vpc_security_group_egress_rule." + stacks.LogicalID("app-secret", "rotator", "egress-443"),
			"aws_vpc_security_group_ingress_rule." + stacks.LogicalID("database", "ingress-api"),
		} {
			if !slices.Contains(from, want) {
				t.Errorf("%s: no removed block for %s (removed: %v)", stack, want, from)
			}
		}
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
