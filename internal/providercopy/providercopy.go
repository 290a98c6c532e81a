// Package providercopy derives the estate's trimmed copy of the prebuilt AWS
// provider bindings from the pinned module, and checks that copy.
//
// The prebuilt module (github.com/cdktf/cdktf-provider-aws-go/aws/v19,
// v19.50.0) is 516 MB of Go and embeds a jsii tarball whose 110 MB assembly
// describes 22,098 types; every process that imports any of its packages
// parses all of it and requires all 2,076 JavaScript submodules: about 80%
// of a synthesis and 90% of its memory. The estate uses about 50 of those
// submodules.
//
// The copy (Dir) is the same module, with the same import paths and the
// same Go files byte for byte, holding only the packages the project
// imports (and what they import), and a jsii tarball holding only their
// type closure and JavaScript. go.mod points the module at it with a
// replace directive. Every other package of the module is a stub whose
// only declaration fails the build with a message that names `make
// provider`, which regenerates the copy (tools/provider).
//
// Generation is deterministic: the same module and the same imports give
// the same bytes. The manifest records the inputs (the module's checksum
// database hash, the original tarball's SHA-256) and the outputs (a hash
// per package), and Verify checks a copy against it.
package providercopy

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/dirhash"
)

// The pinned module the copy is derived from.
const (
	Module  = "github.com/cdktf/cdktf-provider-aws-go/aws/v19"
	Version = "v19.50.0"
	// Assembly is the jsii name of the provider's assembly.
	Assembly = "@cdktf/provider-aws"
)

// Where the copy lives, relative to the project root.
const (
	// Dir holds the trimmed module (go.mod replaces Module with it).
	Dir = "third_party/cdktf-provider-aws-go/aws"
	// ManifestFile records the copy's inputs and outputs.
	ManifestFile = "third_party/cdktf-provider-aws-go/manifest.json"
	// Command regenerates the copy.
	Command = "make provider"
)

// tarballPath is the jsii tarball inside the module (and the copy: the
// module's jsii/jsii.go embeds it by this name, and stays byte for byte).
const tarballPath = "jsii/cdktf-provider-aws-19.50.0.tgz"

// stubFile is the one file of a package the copy does not hold.
const stubFile = "not_in_copy.go"

// stubsKey is the manifest's name for all stubs together.
const stubsKey = "(stubs)"

// Manifest records what a copy was made from and what it holds.
type Manifest struct {
	Module  string `json:"module"`
	Version string `json:"version"`
	// ModuleSum is the module's hash in Go's checksum database (go.sum's
	// h1:), which go mod download verified.
	ModuleSum string `json:"module_sum"`
	// TarballSHA256 is the SHA-256 of the module's prebuilt jsii tarball.
	TarballSHA256 string `json:"tarball_sha256"`
	// Packages are the module's packages the copy holds (relative import
	// paths: "s3bucket", "s3bucket/internal").
	Packages []string `json:"packages"`
	// Types and Submodules count what the trimmed jsii assembly keeps, of
	// AllTypes and AllSubmodules.
	Types         int `json:"jsii_types"`
	AllTypes      int `json:"jsii_types_in_module"`
	Submodules    int `json:"jsii_submodules"`
	AllSubmodules int `json:"jsii_submodules_in_module"`
	// Hashes are the dirhash (h1:) of each package's files in the copy, of
	// the module's root files ("."), and of all stubs together ("(stubs)").
	Hashes map[string]string `json:"hashes"`
}

// Imports returns the packages of Module that the Go files under root
// import (relative import paths, sorted), skipping node_modules, the
// copy's folder (third_party) and folders whose names start with "." or "_"
// except __tests__.
func Imports(root string) ([]string, error) {
	found := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (name == "node_modules" || name == "third_party" || name == "testdata" ||
				strings.HasPrefix(name, ".") || (strings.HasPrefix(name, "_") && name != "__tests__")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			if rel, ok := strings.CutPrefix(ip, Module+"/"); ok {
				found[rel] = true
			}
		}
		return nil
	})
	return slices.Sorted(maps.Keys(found)), err
}

// Generate writes into dst (which must not exist) the copy of the module
// extracted at src holding packages and what they import, and returns its
// manifest. moduleSum is the module's checksum database hash.
func Generate(src, dst, moduleSum string, packages []string) (*Manifest, error) {
	all, err := modulePackages(src)
	if err != nil {
		return nil, err
	}
	keep, err := packageClosure(src, packages, all)
	if err != nil {
		return nil, err
	}
	if err := os.Mkdir(dst, 0o755); err != nil {
		return nil, err
	}
	m := &Manifest{Module: Module, Version: Version, ModuleSum: moduleSum, Hashes: map[string]string{}}
	for _, pkg := range keep {
		if pkg == "jsii" {
			continue // the tarball is made below
		}
		m.Packages = append(m.Packages, pkg)
		if err := copyPackage(filepath.Join(src, pkg), filepath.Join(dst, pkg)); err != nil {
			return nil, err
		}
	}
	for _, f := range []string{"go.mod", "LICENSE", "README.md", "jsii/jsii.go"} {
		if err := copyFile(filepath.Join(src, f), filepath.Join(dst, f)); err != nil {
			return nil, err
		}
	}

	original, err := os.ReadFile(filepath.Join(src, tarballPath))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(original)
	m.TarballSHA256 = hex.EncodeToString(sum[:])
	fqnPrefixes, err := registeredSubmodules(src, m.Packages)
	if err != nil {
		return nil, err
	}
	trimmed, stats, err := trimTarball(original, fqnPrefixes)
	if err != nil {
		return nil, err
	}
	m.Types, m.AllTypes, m.Submodules, m.AllSubmodules = stats.types, stats.allTypes, stats.submodules, stats.allSubmodules
	if err := os.WriteFile(filepath.Join(dst, tarballPath), trimmed, 0o644); err != nil {
		return nil, err
	}

	kept := map[string]bool{}
	for _, pkg := range keep {
		kept[strings.SplitN(pkg, "/", 2)[0]] = true
	}
	for _, pkg := range all {
		if !strings.Contains(pkg, "/") && !kept[pkg] {
			if err := writeStub(filepath.Join(dst, pkg), pkg); err != nil {
				return nil, err
			}
		}
	}
	m.Hashes, err = hashes(dst, m.Packages)
	return m, err
}

// Verify checks that the copy in dir holds exactly what m records.
func Verify(dir string, m *Manifest) error {
	got, err := hashes(dir, m.Packages)
	if err != nil {
		return err
	}
	var problems []string
	for _, k := range slices.Sorted(maps.Keys(m.Hashes)) {
		if got[k] != m.Hashes[k] {
			problems = append(problems, fmt.Sprintf("%s: %s, the manifest records %s", k, orNone(got[k]), m.Hashes[k]))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if _, ok := m.Hashes[k]; !ok {
			problems = append(problems, k+": not in the manifest")
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("the provider copy in %s is not what %s records (edited by hand?); run %s:\n  %s",
			Dir, ManifestFile, Command, strings.Join(problems, "\n  "))
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "missing"
	}
	return s
}

// ReadManifest reads the manifest at path.
func ReadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// Write writes the manifest to path (JSON).
func (m *Manifest) Write(path string) error {
	b, err := JSON(m)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// JSON encodes v as the derived manifests are written: indented, fields in
// their declared order, no HTML escaping, a final newline.
func JSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(v)
	return b.Bytes(), err
}

// Missing returns the packages of imports that the manifest's copy lacks.
func (m *Manifest) Missing(imports []string) []string {
	var out []string
	for _, p := range imports {
		if !slices.Contains(m.Packages, p) {
			out = append(out, p)
		}
	}
	return out
}

// hashes computes the manifest's hashes of the copy in dir: one per
// package of packages, one of the module's root files and jsii package,
// one of every other folder (the stubs).
func hashes(dir string, packages []string) (map[string]string, error) {
	out := map[string]string{}
	owned := map[string]string{} // file (slash path) -> hash key
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		key := path.Dir(rel)
		switch {
		case key == "." || key == "jsii":
		case slices.Contains(packages, key):
		default:
			key = stubsKey
		}
		owned[rel] = key
		return nil
	})
	if err != nil {
		return nil, err
	}
	byKey := map[string][]string{}
	for f, k := range owned {
		byKey[k] = append(byKey[k], f)
	}
	for k, files := range byKey {
		slices.Sort(files)
		h, err := dirhash.Hash1(files, func(name string) (io.ReadCloser, error) {
			return os.Open(filepath.Join(dir, filepath.FromSlash(name)))
		})
		if err != nil {
			return nil, err
		}
		out[k] = h
	}
	return out, nil
}

// modulePackages lists every package folder of the module at src
// (relative, sorted).
func modulePackages(src string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || p == src {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	slices.Sort(out)
	return out, err
}

// packageClosure is packages with every package of the module they
// import, transitively, sorted.
func packageClosure(src string, packages, all []string) ([]string, error) {
	keep := map[string]bool{}
	queue := slices.Clone(packages)
	for len(queue) > 0 {
		pkg := queue[0]
		queue = queue[1:]
		if keep[pkg] {
			continue
		}
		if !slices.Contains(all, pkg) {
			return nil, fmt.Errorf("%s@%s has no package %s", Module, Version, pkg)
		}
		keep[pkg] = true
		files, err := filepath.Glob(filepath.Join(src, pkg, "*.go"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			parsed, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				return nil, err
			}
			for _, imp := range parsed.Imports {
				ip, _ := strconv.Unquote(imp.Path.Value)
				if rel, ok := strings.CutPrefix(ip, Module+"/"); ok {
					queue = append(queue, rel)
				}
			}
		}
	}
	return slices.Sorted(maps.Keys(keep)), nil
}

func copyPackage(from, to string) error {
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue // subpackages are packages of their own
		}
		if err := copyFile(filepath.Join(from, e.Name()), filepath.Join(to, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// writeStub writes the one file of a package the copy does not hold: it
// fails the build of whatever imports the package, naming the command.
func writeStub(dir, pkg string) error {
	src := fmt.Sprintf(`// Package %[1]s is not in the estate's trimmed copy of the prebuilt AWS
// provider (see third_party/cdktf-provider-aws-go/README.md).
package %[1]s

// Importing this package stops the build here, on purpose.
const _ int = "%[2]s/%[1]s is not in the trimmed provider copy: run %[3]s to add it"
`, pkg, Module, Command)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, stubFile), []byte(src), 0o644)
}

// registerCall finds the jsii type names a Go binding registers.
var registerCall = regexp.MustCompile(`_jsii_\.Register[A-Za-z]*\(\s*"([^"]+)"`)

// registeredSubmodules returns the jsii submodules (as FQN prefixes with a
// trailing dot, such as "@cdktf/provider-aws.s3Bucket.") whose types the
// Go packages register.
func registeredSubmodules(src string, packages []string) ([]string, error) {
	found := map[string]bool{}
	for _, pkg := range packages {
		files, err := filepath.Glob(filepath.Join(src, pkg, "*.go"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			for _, m := range registerCall.FindAllSubmatch(b, -1) {
				fqn := string(m[1])
				if i := strings.LastIndex(fqn, "."); i > 0 {
					found[fqn[:i+1]] = true
				}
			}
		}
	}
	return slices.Sorted(maps.Keys(found)), nil
}

type trimStats struct{ types, allTypes, submodules, allSubmodules int }

// tarballTime is the modification time of every file in the trimmed
// tarball: npm's own fixed date, as in the original.
var tarballTime = time.Date(1985, 10, 26, 8, 15, 0, 0, time.UTC)

// trimTarball returns the jsii tarball holding, of the original, only the
// submodules named by prefixes and the type closure of their types.
func trimTarball(original []byte, prefixes []string) ([]byte, trimStats, error) {
	files, err := readTarball(original)
	if err != nil {
		return nil, trimStats{}, err
	}
	assembly, ok := files["package/.jsii"]
	if !ok {
		return nil, trimStats{}, errors.New("the provider tarball has no package/.jsii")
	}
	trimmed, dirs, stats, err := trimAssembly(assembly, prefixes)
	if err != nil {
		return nil, stats, err
	}
	out := map[string][]byte{
		"package/.jsii":        trimmed,
		"package/package.json": files["package/package.json"],
		"package/LICENSE":      files["package/LICENSE"],
		"package/README.md":    files["package/README.md"],
		"package/lib/index.js": indexJS(dirs),
	}
	for _, d := range slices.Sorted(maps.Values(dirs)) {
		prefix := "package/lib/" + d + "/"
		n := 0
		for name, b := range files {
			if rest, ok := strings.CutPrefix(name, prefix); ok && strings.HasSuffix(rest, ".js") {
				if err := checkRequires(name, b, dirs); err != nil {
					return nil, stats, err
				}
				out[name] = stripSourceMap(b)
				n++
			}
		}
		if n == 0 {
			return nil, stats, fmt.Errorf("the provider tarball has no JavaScript for the submodule in lib/%s", d)
		}
	}
	b, err := writeTarball(out)
	return b, stats, err
}

func readTarball(b []byte) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	files := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		content, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[h.Name] = content
	}
}

// writeTarball writes files as a gzipped tarball, deterministically:
// sorted names, fixed times, owners and modes, no gzip name or time.
func writeTarball(files map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	tw := tar.NewWriter(zw)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		h := &tar.Header{Name: name, Mode: 0o644, Size: int64(len(files[name])), ModTime: tarballTime, Typeflag: tar.TypeReg, Format: tar.FormatUSTAR}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if _, err := tw.Write(files[name]); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// trimAssembly keeps, of a jsii assembly, the submodules named by
// prefixes and the closure of their types (every type a kept type refers
// to). It returns the new assembly and the JavaScript folder of each kept
// submodule, by the name the package exports it under.
func trimAssembly(assembly []byte, prefixes []string) ([]byte, map[string]string, trimStats, error) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(assembly, &doc); err != nil {
		return nil, nil, trimStats{}, fmt.Errorf("the provider's jsii assembly: %w", err)
	}
	var types, submodules map[string]json.RawMessage
	if err := json.Unmarshal(doc["types"], &types); err != nil {
		return nil, nil, trimStats{}, err
	}
	if err := json.Unmarshal(doc["submodules"], &submodules); err != nil {
		return nil, nil, trimStats{}, err
	}
	stats := trimStats{allTypes: len(types), allSubmodules: len(submodules)}

	keep := map[string]bool{}
	var queue []string
	for fqn := range types {
		for _, p := range prefixes {
			if strings.HasPrefix(fqn, p) && !strings.Contains(fqn[len(p):], ".") {
				queue = append(queue, fqn)
			}
		}
	}
	for len(queue) > 0 {
		fqn := queue[0]
		queue = queue[1:]
		if keep[fqn] {
			continue
		}
		keep[fqn] = true
		var v any
		if err := json.Unmarshal(types[fqn], &v); err != nil {
			return nil, nil, stats, err
		}
		walkStrings(v, func(s string) {
			if _, ok := types[s]; ok && !keep[s] {
				queue = append(queue, s)
			}
		})
	}
	keptTypes := map[string]json.RawMessage{}
	usedSubmodules := map[string]bool{}
	for fqn := range keep {
		keptTypes[fqn] = types[fqn]
		if sub, _, ok := cutLast(fqn); ok && sub != Assembly {
			usedSubmodules[sub] = true
		}
	}
	keptSubmodules := map[string]json.RawMessage{}
	dirs := map[string]string{}
	for sub := range usedSubmodules {
		raw, ok := submodules[sub]
		if !ok {
			return nil, nil, stats, fmt.Errorf("the provider's jsii assembly has types of %s but no such submodule", sub)
		}
		var info struct {
			SymbolID string `json:"symbolId"`
		}
		if err := json.Unmarshal(raw, &info); err != nil {
			return nil, nil, stats, err
		}
		dir, ok := strings.CutPrefix(strings.TrimSuffix(info.SymbolID, "/index:"), "src/")
		if !ok || dir == "" || strings.Contains(dir, "/") {
			return nil, nil, stats, fmt.Errorf("submodule %s: unexpected symbolId %q", sub, info.SymbolID)
		}
		keptSubmodules[sub] = raw
		dirs[strings.TrimPrefix(sub, Assembly+".")] = dir
	}
	stats.types, stats.submodules = len(keptTypes), len(keptSubmodules)

	var err error
	if doc["types"], err = json.Marshal(keptTypes); err != nil {
		return nil, nil, stats, err
	}
	if doc["submodules"], err = json.Marshal(keptSubmodules); err != nil {
		return nil, nil, stats, err
	}
	var fingerprint string
	if err := json.Unmarshal(doc["fingerprint"], &fingerprint); err != nil {
		return nil, nil, stats, fmt.Errorf("the provider's jsii assembly has no fingerprint: %w", err)
	}
	// Not the compiler's fingerprint any more; say so (nothing checks it).
	doc["fingerprint"], _ = json.Marshal("trimmed by the estate's tools/provider from " + fingerprint)
	out, err := json.Marshal(doc)
	return out, dirs, stats, err
}

func cutLast(fqn string) (before, after string, ok bool) {
	i := strings.LastIndex(fqn, ".")
	if i < 0 {
		return "", "", false
	}
	return fqn[:i], fqn[i+1:], true
}

func walkStrings(v any, f func(string)) {
	switch x := v.(type) {
	case string:
		f(x)
	case []any:
		for _, e := range x {
			walkStrings(e, f)
		}
	case map[string]any:
		for _, e := range x {
			walkStrings(e, f)
		}
	}
}

// indexJS is the package's entry point with only the kept submodules,
// exported as the original exports them (exports.s3Bucket = require("./s3-bucket")).
func indexJS(dirs map[string]string) []byte {
	var b strings.Builder
	b.WriteString("\"use strict\";\n// The estate's trimmed copy of @cdktf/provider-aws (tools/provider): only the submodules it uses.\n")
	b.WriteString("Object.defineProperty(exports, \"__esModule\", { value: true });\n")
	for _, name := range slices.Sorted(maps.Keys(dirs)) {
		fmt.Fprintf(&b, "exports.%s = require(\"./%s\");\n", name, dirs[name])
	}
	return []byte(b.String())
}

// relativeRequire finds require("./x") and require("../x") calls.
var relativeRequire = regexp.MustCompile(`require\("(\.\.?/[^"]*)"\)`)

// checkRequires makes sure a kept JavaScript file requires nothing outside
// the kept submodules.
func checkRequires(name string, src []byte, dirs map[string]string) error {
	kept := slices.Collect(maps.Values(dirs))
	for _, m := range relativeRequire.FindAllSubmatch(src, -1) {
		target := path.Clean(path.Join(path.Dir(name), string(m[1])))
		rest, ok := strings.CutPrefix(target, "package/lib/")
		if !ok || !slices.Contains(kept, strings.SplitN(rest, "/", 2)[0]) {
			return fmt.Errorf("%s requires %s, which the trimmed copy does not hold", name, m[1])
		}
	}
	return nil
}

// sourceMap matches the inline source map tsc appends to each file.
var sourceMap = regexp.MustCompile(`(?m)^//# sourceMappingURL=data:application/json;base64,[A-Za-z0-9+/=]*\n?\z`)

// stripSourceMap drops a file's inline source map (half of its bytes;
// nothing runs with source maps enabled).
func stripSourceMap(b []byte) []byte { return sourceMap.ReplaceAll(b, nil) }

// Download fetches the pinned module into the Go module cache (verified
// against Go's checksum database, as any download is) and returns where it
// is and its hash. It runs outside this project, whose go.mod replaces the
// module with the copy.
func Download() (dir, sum string, err error) {
	tmp, err := os.MkdirTemp("", "providercopy-")
	if err != nil {
		return "", "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", "mod", "download", "-json", Module+"@"+Version)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=on")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var info struct{ Dir, Sum, Error string }
	if jsonErr := json.Unmarshal(out, &info); jsonErr == nil && info.Error != "" {
		err = errors.New(info.Error)
	}
	if err != nil {
		return "", "", fmt.Errorf("go mod download %s@%s: %v %s", Module, Version, err, strings.TrimSpace(stderr.String()))
	}
	return info.Dir, info.Sum, nil
}
