// Command provider regenerates what the estate derives from its pinned Go
// modules (make provider): the trimmed copy of the prebuilt AWS provider,
// for the provider packages the project's Go files import
// (internal/providercopy), and the jsii kernel it runs
// (internal/jsiiruntime). With -check it regenerates into a temporary
// folder and fails unless the result is what is committed, byte for byte.
// Run it from the project root.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"

	"github.com/platform/estate/internal/jsiiruntime"
	"github.com/platform/estate/internal/providercopy"
)

func main() {
	check := flag.Bool("check", false, "regenerate into a temporary folder and compare with the committed copy")
	flag.Parse()
	if err := run(*check); err != nil {
		fmt.Fprintln(os.Stderr, "provider:", err)
		os.Exit(1)
	}
}

func run(check bool) error {
	if err := kernel(check); err != nil {
		return err
	}
	imports, err := providercopy.Imports(".")
	if err != nil {
		return err
	}
	src, sum, err := providercopy.Download()
	if err != nil {
		return err
	}
	parent := filepath.Dir(providercopy.Dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	// Generated beside the copy, so that putting it in place is a rename.
	tmp, err := os.MkdirTemp(parent, ".provider-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fresh := filepath.Join(tmp, "aws")
	m, err := providercopy.Generate(src, fresh, sum, imports)
	if err != nil {
		return err
	}
	if check {
		return compare(m)
	}
	old := filepath.Join(tmp, "old")
	if err := os.Rename(providercopy.Dir, old); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Rename(fresh, providercopy.Dir); err != nil {
		return err
	}
	if err := m.Write(providercopy.ManifestFile); err != nil {
		return err
	}
	fmt.Printf("provider: %s holds %d packages of %s@%s and %d of its %d jsii types (%d of %d submodules); %s records it\n",
		providercopy.Dir, len(m.Packages), providercopy.Module, providercopy.Version, m.Types, m.AllTypes, m.Submodules, m.AllSubmodules, providercopy.ManifestFile)
	return nil
}

// compare fails unless the regenerated copy (manifest m) is the committed one.
func compare(m *providercopy.Manifest) error {
	committed, err := providercopy.ReadManifest(providercopy.ManifestFile)
	if err != nil {
		return fmt.Errorf("%v; run %s", err, providercopy.Command)
	}
	if err := providercopy.Verify(providercopy.Dir, committed); err != nil {
		return err
	}
	if !reflect.DeepEqual(m, committed) {
		return fmt.Errorf("regenerating the copy gives another result than %s records; run %s and review the difference", providercopy.ManifestFile, providercopy.Command)
	}
	fmt.Printf("provider: the committed copy is what %s@%s regenerates, byte for byte\n", providercopy.Module, providercopy.Version)
	return nil
}

// kernel derives the jsii kernel from the jsii runtime module go.mod
// requires, and writes it (or, with check, compares it).
func kernel(check bool) error {
	dir, version, err := jsiiruntime.RuntimeModuleDir(".")
	if err != nil {
		return err
	}
	program, m, err := jsiiruntime.DeriveKernel(dir, version)
	if err != nil {
		return err
	}
	out := jsiiruntime.KernelDir
	manifest, err := providercopy.JSON(m)
	if err != nil {
		return err
	}
	files := map[string][]byte{"program.js": program, "manifest.json": manifest}
	for _, name := range []string{"LICENSE", "NOTICE"} {
		if files[name], err = os.ReadFile(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		path := filepath.Join(out, name)
		if check {
			if have, err := os.ReadFile(path); err != nil || !bytes.Equal(have, files[name]) {
				return fmt.Errorf("%s is not what %s@%s derives; run %s", path, jsiiruntime.RuntimeModule, version, providercopy.Command)
			}
			continue
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return err
		}
	}
	if check {
		fmt.Printf("provider: %s is what %s@%s derives\n", out, jsiiruntime.RuntimeModule, version)
	} else {
		fmt.Printf("provider: %s derived from %s@%s (%d patches)\n", out, jsiiruntime.RuntimeModule, version, len(m.Patches))
	}
	return nil
}
