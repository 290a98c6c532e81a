// Package testbin builds the project's commands for its tests: each once
// per test binary, whichever test package asks.
package testbin

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

var (
	mu    sync.Mutex
	built = map[string]string{}
)

// Build builds the command in package pkg (such as "./tools/estate") of the
// project at root, once per process, and returns the binary's path: in a
// folder of the temporary directory named after the checkout, written aside
// and renamed, so that test binaries building at once never see half a file.
func Build(root, pkg string) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	root, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	if bin, ok := built[root+pkg]; ok {
		return bin, nil
	}
	sum := sha256.Sum256([]byte(root))
	dir := filepath.Join(os.TempDir(), "estate-testbin-"+hex.EncodeToString(sum[:6]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	bin := filepath.Join(dir, filepath.Base(pkg))
	tmp, err := os.CreateTemp(dir, ".build-")
	if err != nil {
		return "", err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	cmd := exec.Command("go", "build", "-o", tmp.Name(), pkg)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
	}
	if err := os.Rename(tmp.Name(), bin); err != nil {
		return "", err
	}
	built[root+pkg] = bin
	return bin, nil
}
