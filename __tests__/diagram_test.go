package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platform/estate/internal/diagram"
)

// TestDiagramIsFresh: the README's diagram is what make diagram draws from
// the synthesized stacks.
func TestDiagramIsFresh(t *testing.T) {
	s := localSynth(t)
	want := diagram.Mermaid(s.Docs)
	for _, name := range s.StackNames() {
		if !strings.Contains(want, `subgraph `+strings.ReplaceAll(name, "-", "_")+`[`) {
			t.Errorf("the diagram has no subgraph for %s:\n%s", name, want)
		}
	}
	if !strings.Contains(want, `app_dev -->|"reads `) {
		t.Errorf("the diagram has no cross-stack read of app-dev:\n%s", want)
	}
	readme, err := os.ReadFile(filepath.Join(projectRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	fresh, ok := diagram.Replace(string(readme), want)
	if !ok {
		t.Fatalf("README.md has no diagram markers")
	}
	if fresh != string(readme) {
		t.Error("README.md's diagram is stale: run make diagram and commit README.md")
	}
}
