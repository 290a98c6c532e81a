// Command diagram draws the synthesized stacks (cdktf.out, from make synth)
// as a Mermaid diagram and puts it into README.md between the diagram
// markers (make diagram). A test fails when the README's diagram is stale.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/platform/estate/internal/diagram"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "diagram:", err)
		os.Exit(1)
	}
}

func run() error {
	files, err := filepath.Glob(filepath.Join("cdktf.out", "stacks", "*", "cdk.tf.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no synthesized stacks in cdktf.out; run make synth first")
	}
	stacks := map[string]map[string]any{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		stacks[filepath.Base(filepath.Dir(f))] = doc
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		return err
	}
	out, ok := diagram.Replace(string(readme), diagram.Mermaid(stacks))
	if !ok {
		return fmt.Errorf("README.md has no diagram markers (%s ... %s)", diagram.Begin, diagram.End)
	}
	if out == string(readme) {
		fmt.Println("diagram: README.md is up to date")
		return nil
	}
	fmt.Printf("diagram: README.md updated (%d stacks)\n", len(stacks))
	return os.WriteFile("README.md", []byte(strings.TrimRight(out, "\n")+"\n"), 0o644)
}
