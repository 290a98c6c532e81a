// Command bench measures synthesis: the wall time of the full app and of the
// floor (the same runtime with the AWS provider loaded, no resources), median
// of -n runs each, and their ratio. Run it from the project root (make bench).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"
)

func main() {
	runs := flag.Int("n", 5, "runs of each program")
	flag.Parse()
	if err := run(*runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(n int) error {
	tmp, err := os.MkdirTemp("", "estate-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	// Build both first: the timings are of synthesis, not of compilation.
	full, floor := filepath.Join(tmp, "estate"), filepath.Join(tmp, "floor")
	for bin, pkg := range map[string]string{full: ".", floor: "./tools/bench/floor"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	median := func(bin string) (time.Duration, error) {
		var ds []time.Duration
		for i := range n + 1 {
			outdir := filepath.Join(tmp, fmt.Sprintf("out-%d", i))
			cmd := exec.Command(bin)
			cmd.Env = append(os.Environ(), "CDKTF_OUTDIR="+outdir, "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1")
			start := time.Now()
			if out, err := cmd.CombinedOutput(); err != nil {
				return 0, fmt.Errorf("%s: %v\n%s", bin, err, out)
			}
			if i > 0 { // the first run warms the file cache
				ds = append(ds, time.Since(start))
			}
			os.RemoveAll(outdir)
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return ds[len(ds)/2], nil
	}
	f, err := median(full)
	if err != nil {
		return err
	}
	b, err := median(floor)
	if err != nil {
		return err
	}
	fmt.Printf("full synth (all stacks):            median %.2fs of %d runs\n", f.Seconds(), n)
	fmt.Printf("floor (AWS provider, no resources): median %.2fs of %d runs\n", b.Seconds(), n)
	fmt.Printf("ratio full/floor: %.2f (target <= 1.25)\n", f.Seconds()/b.Seconds())
	return nil
}
