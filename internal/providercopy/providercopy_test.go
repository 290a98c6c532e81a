package providercopy

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// root is the project root, seen from this package.
const root = "../.."

func committed(t *testing.T) *Manifest {
	t.Helper()
	m, err := ReadManifest(filepath.Join(root, ManifestFile))
	if err != nil {
		t.Fatalf("%v; run %s", err, Command)
	}
	if m.Module != Module || m.Version != Version {
		t.Fatalf("the copy is of %s@%s, go.mod pins %s@%s; run %s", m.Module, m.Version, Module, Version, Command)
	}
	return m
}

// TestCopyIsWhatTheManifestRecords: nothing in the copy was edited, added
// or removed by hand since make provider wrote it.
func TestCopyIsWhatTheManifestRecords(t *testing.T) {
	m := committed(t)
	if len(m.Hashes) < len(m.Packages)+2 {
		t.Fatalf("the manifest records %d hashes for %d packages", len(m.Hashes), len(m.Packages))
	}
	if err := Verify(filepath.Join(root, Dir), m); err != nil {
		t.Fatal(err)
	}
}

// TestCopyHoldsWhatTheProjectImports: every provider package the project
// imports is in the copy, and the copy holds nothing else it would load.
func TestCopyHoldsWhatTheProjectImports(t *testing.T) {
	m := committed(t)
	imports, err := Imports(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) == 0 {
		t.Fatal("found no import of the provider in the project")
	}
	if missing := m.Missing(imports); len(missing) > 0 {
		t.Errorf("the project imports %v, which the provider copy lacks; run %s", missing, Command)
	}
	var kept []string
	for _, p := range m.Packages {
		if !strings.Contains(p, "/") {
			kept = append(kept, p)
		}
	}
	if !slices.Equal(kept, imports) {
		t.Errorf("the copy holds the packages %v, the project imports %v; run %s", kept, imports, Command)
	}
	if m.Types == 0 || m.Types >= m.AllTypes || m.Submodules != len(kept) {
		t.Errorf("the trimmed assembly keeps %d of %d types in %d submodules, for %d packages", m.Types, m.AllTypes, m.Submodules, len(kept))
	}
}

// TestImportingAMissingPackageNamesTheCommand builds a program that imports
// a provider package the copy lacks: the build fails, naming make provider.
func TestImportingAMissingPackageNamesTheCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	const missing = "instance"
	if slices.Contains(committed(t).Packages, missing) {
		t.Fatalf("the copy holds %s; pick a package it lacks", missing)
	}
	copyDir, err := filepath.Abs(filepath.Join(root, Dir))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":  "module stubcheck\n\ngo 1.26\n\nrequire " + Module + " " + Version + "\n\nreplace " + Module + " => " + copyDir + "\n",
		"main.go": "package main\n\nimport _ \"" + Module + "/" + missing + "\"\n\nfunc main() {}\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-mod=mod", "-o", os.DevNull, ".")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("a program importing %s/%s built", Module, missing)
	}
	want := Module + "/" + missing + " is not in the trimmed provider copy: run " + Command + " to add it"
	if !strings.Contains(string(out), want) {
		t.Errorf("the build failed without naming the command (want %q):\n%s", want, out)
	}
}

// TestRegeneratesByteForByte derives the copy again from the pinned module
// (downloaded into the Go module cache, once per machine) and compares:
// the copy is what the module and the project's imports give, and the
// derivation is deterministic.
func TestRegeneratesByteForByte(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads the 516 MB prebuilt provider module (once per machine)")
	}
	m := committed(t)
	imports, err := Imports(root)
	if err != nil {
		t.Fatal(err)
	}
	src, sum, err := Download()
	if err != nil {
		t.Fatal(err)
	}
	if sum != m.ModuleSum {
		t.Fatalf("the module downloaded as %s, the copy was made from %s", sum, m.ModuleSum)
	}
	fresh, err := Generate(src, filepath.Join(t.TempDir(), "aws"), sum, imports)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fresh, m) {
		for k, h := range fresh.Hashes {
			if m.Hashes[k] != h {
				t.Errorf("%s: regenerated %s, committed %s", k, h, m.Hashes[k])
			}
		}
		t.Fatalf("regenerating the copy gives another result than %s records; run %s", ManifestFile, Command)
	}
}
