// Package terraformrc writes the project's own Terraform CLI configuration:
// providers come from a local filesystem mirror when one exists (so that
// `terraform init` works offline), from the registry otherwise, and are cached
// in the project so each stack's init links instead of copying.
package terraformrc

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/platform/estate/internal/filelock"
)

// MirrorEnv names a provider mirror explicitly (a directory holding
// registry.terraform.io/<namespace>/<type>/...).
const MirrorEnv = "TF_PROVIDER_MIRROR"

// Path is where the configuration is written, relative to the project root.
const Path = ".terraform.d/terraformrc"

// candidates are the places a provider mirror is looked for when MirrorEnv is
// unset: Terraform's own implicit local-mirror directories on Linux and macOS,
// and any /opt/<dir> that is laid out as a mirror.
func candidates(home string) []string {
	dirs := []string{
		filepath.Join(home, ".terraform.d", "plugins"),
		filepath.Join(home, ".local", "share", "terraform", "plugins"),
		"/usr/local/share/terraform/plugins",
		"/usr/share/terraform/plugins",
	}
	if opt, err := filepath.Glob("/opt/*"); err == nil {
		sort.Strings(opt)
		dirs = append(dirs, opt...)
	}
	return dirs
}

// providers lists the registry.terraform.io/<namespace>/<type> providers in a
// mirror directory.
func providers(mirror string) []string {
	found, _ := filepath.Glob(filepath.Join(mirror, "registry.terraform.io", "*", "*"))
	var out []string
	for _, f := range found {
		if st, err := os.Stat(f); err == nil && st.IsDir() {
			rel, _ := filepath.Rel(mirror, f)
			out = append(out, filepath.ToSlash(rel))
		}
	}
	sort.Strings(out)
	return out
}

// FindMirror returns the provider mirror to use, or "" when there is none.
// An explicit MirrorEnv that is not a mirror is an error.
func FindMirror(getenv func(string) string) (string, error) {
	if dir := getenv(MirrorEnv); dir != "" {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return "", err
		}
		if len(providers(abs)) == 0 {
			return "", fmt.Errorf("%s=%s holds no provider (expected %s/registry.terraform.io/hashicorp/aws/<version>/<os_arch>/); fix the path or unset it", MirrorEnv, dir, dir)
		}
		return abs, nil
	}
	for _, dir := range candidates(getenv("HOME")) {
		for _, p := range providers(dir) {
			if p == "registry.terraform.io/hashicorp/aws" {
				return dir, nil
			}
		}
	}
	return "", nil
}

// unpacked tells whether a mirror holds each of its providers unpacked (a
// folder per version and platform, not zip archives).
func unpacked(mirror string) bool {
	for _, p := range providers(mirror) {
		found, _ := filepath.Glob(filepath.Join(mirror, p, "*", "*_*"))
		if !slices.ContainsFunc(found, func(f string) bool {
			st, err := os.Stat(f)
			return err == nil && st.IsDir()
		}) {
			return false
		}
	}
	return true
}

// cacheSetting is the CLI configuration's setting of a plugin cache.
const cacheSetting = "plugin_cache_dir"

// cached tells whether providers from mirror ("" for the registry) are kept
// in a plugin cache: all but those of an unpacked mirror.
func cached(mirror string) bool { return mirror == "" || !unpacked(mirror) }

// Render returns the CLI configuration for a mirror ("" for none) and a
// plugin cache directory. From a mirror of unpacked providers each stack's
// init links its provider to the mirror's folder, so no cache is named
// (nor needed: nothing is copied, and inits that share nothing may run at
// once). Otherwise providers are kept in the cache, and each init links
// from there instead of downloading or unpacking its own copy.
func Render(mirror, cacheDir string) string {
	var b strings.Builder
	b.WriteString("# Written by the project (internal/terraformrc); do not edit.\n")
	if cached(mirror) {
		fmt.Fprintf(&b, "%s = %q\n", cacheSetting, cacheDir)
	}
	if mirror == "" {
		return b.String()
	}
	quoted := make([]string, 0)
	for _, p := range providers(mirror) {
		quoted = append(quoted, fmt.Sprintf("%q", p))
	}
	list := strings.Join(quoted, ", ")
	fmt.Fprintf(&b, `provider_installation {
  filesystem_mirror {
    path    = %q
    include = [%s]
  }
  direct {
    exclude = [%s]
  }
}
`, mirror, list, list)
	return b.String()
}

// Write finds the mirror and writes the configuration under root. It returns
// the configuration's absolute path and the mirror used ("" for none).
func Write(root string, getenv func(string) string) (config, mirror string, err error) {
	mirror, err = FindMirror(getenv)
	if err != nil {
		return "", "", err
	}
	root, err = filepath.Abs(root)
	if err != nil {
		return "", "", err
	}
	config = filepath.Join(root, Path)
	cache := filepath.Join(filepath.Dir(config), "plugin-cache")
	dir := filepath.Dir(config)
	if cached(mirror) {
		dir = cache // Terraform requires it to exist
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", "", err
	}
	content := Render(mirror, cache)
	if old, err := os.ReadFile(config); err == nil && string(old) == content {
		return config, mirror, nil
	}
	// Write-and-rename: concurrent test binaries never read half a file.
	tmp, err := os.CreateTemp(filepath.Dir(config), "terraformrc-*")
	if err != nil {
		return "", "", err
	}
	if _, err := tmp.WriteString(content); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return "", "", err
	}
	if err := tmp.Close(); err != nil {
		return "", "", err
	}
	if err := os.Rename(tmp.Name(), config); err != nil {
		return "", "", err
	}
	return config, mirror, nil
}

// LockInit readies `terraform init` with the configuration Write wrote
// under root. When it names a plugin cache, LockInit takes the lock that
// runs inits one at a time across the processes of the project (make, the
// tests) and returns its release: Terraform's plugin cache is not safe for
// concurrent init (measured: "still not detected in .terraform/providers").
// Without a cache (providers linked from an unpacked mirror) the inits of
// different folders share nothing: concurrent is true, and no lock is taken.
func LockInit(root string) (unlock func(), concurrent bool, err error) {
	b, err := os.ReadFile(filepath.Join(root, Path))
	if err != nil {
		return nil, false, err
	}
	if !strings.Contains(string(b), cacheSetting) {
		return func() {}, true, nil
	}
	unlock, err = filelock.Lock(filepath.Join(root, filepath.Dir(Path), "init.lock"))
	return unlock, false, err
}
