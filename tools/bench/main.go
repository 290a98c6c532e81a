// Command bench measures synthesis (make bench): the wall time and largest
// resident set of each program below, median of -n runs after a warm-up
// run, all measured in one run and in rounds (each program once a round) so
// that their ratios can be compared, and the ratios against their targets.
// Run it from the project root.
//
//	cdktf-only floor    a Go cdktf app with one stack and one output and no
//	                    provider (tools/bench/cdktfonly), on jsii's standard
//	                    runtime: the least any Go cdktf synthesis costs today
//	... on our runtime  the same program on the estate's jsii runtime
//	estate              the app, as cdktf synth runs it
//	estate, 12 envs     the same with 9 more environments (copies of dev)
//	prebuilt path       the app built against the full prebuilt provider
//	                    module, on jsii's standard runtime: the estate before
//	                    the trimmed copy (skipped with -short: it downloads
//	                    the 516 MB module once)
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/platform/estate/internal/jsiiruntime"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/providercopy"
)

func main() {
	runs := flag.Int("n", 5, "runs of each program")
	short := flag.Bool("short", false, "skip the prebuilt-path program (no download of the full provider module)")
	flag.Parse()
	if err := run(*runs, *short); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// program is one measured program: a binary run in a folder with settings.
type program struct {
	name, bin, dir string
	env            []string
	// The kept runs, and their medians.
	walls []time.Duration
	rss   []float64
	wall  time.Duration
	rssMB float64
}

// Targets (issue 11).
const (
	targetFloorRatio    = 2.0  // estate / cdktf-only floor
	targetPrebuiltRatio = 0.25 // estate / prebuilt path
	targetRSSMB         = 200
	targetPerEnvRatio   = 0.1 // marginal environment / cdktf-only floor
	extraEnvs           = 9
)

func run(n int, short bool) error {
	if n < 1 {
		return fmt.Errorf("-n %d: give at least 1 run of each program", n)
	}
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "estate-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	build := func(out, pkg string, extra ...string) error {
		args := append([]string{"build", "-o", out}, extra...)
		cmd := exec.Command("go", append(args, pkg)...)
		cmd.Dir = root
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
		}
		return nil
	}
	bin := func(name string) string { return filepath.Join(tmp, name) }
	// Build everything first: the timings are of synthesis, not compilation.
	for name, pkg := range map[string]string{"estate": ".", "cdktfonly": "./tools/bench/cdktfonly"} {
		if err := build(bin(name), pkg); err != nil {
			return err
		}
	}
	envs12, err := moreEnvironments(root, tmp)
	if err != nil {
		return err
	}
	standard := []string{"ESTATE_JSII=standard"}
	// The 12-environment copy runs outside the project, where the pinned
	// Node 22 is not found: it gets the Node that runs in the project find,
	// or the marginal environment would be measured across two Nodes.
	var sameNode []string
	if node := layout.Find(root, layout.JSIINode); node != "" {
		sameNode = []string{jsiiruntime.EnvNode + "=" + node}
	}
	programs := []*program{
		{name: "cdktf-only floor (standard jsii runtime)", bin: bin("cdktfonly"), dir: root, env: standard},
		{name: "cdktf-only floor (estate's jsii runtime)", bin: bin("cdktfonly"), dir: root},
		{name: "estate, 3 environments (cdktf synth)", bin: bin("estate"), dir: root},
		{name: fmt.Sprintf("estate, %d environments", 3+extraEnvs), bin: bin("estate"), dir: envs12, env: sameNode},
	}
	if !short {
		if err := buildPrebuilt(root, tmp, bin("prebuilt")); err != nil {
			return err
		}
		programs = append(programs, &program{name: "estate on the prebuilt path (full provider, standard runtime)", bin: bin("prebuilt"), dir: root, env: standard})
	}

	load := loadAverage()
	// In rounds, each program once a round: the machine's speed drifts
	// over a run, and the ratios compare programs, not moments. The first
	// round warms the file cache and is not kept.
	for round := range n + 1 {
		for _, p := range programs {
			if err := p.runOnce(filepath.Join(tmp, fmt.Sprintf("out-%d", round)), round > 0); err != nil {
				return err
			}
		}
	}
	for _, p := range programs {
		p.summarize()
	}
	fmt.Printf("synthesis, median of %d runs each, in rounds (load average before: %s)\n\n", n, load)
	for _, p := range programs {
		fmt.Printf("  %-64s %6.2f s  %6.0f MB\n", p.name, p.wall.Seconds(), p.rssMB)
	}
	floor, estate, estate12 := programs[0], programs[2], programs[3]
	perEnv := (estate12.wall - estate.wall) / extraEnvs
	fmt.Println()
	check := func(what string, got, target float64, unit string) {
		verdict := "meets"
		if got > target {
			verdict = "MISSES"
		}
		fmt.Printf("  %-64s %6.2f%s  (target <= %g%s: %s)\n", what, got, unit, target, unit, verdict)
	}
	check("estate / cdktf-only floor", ratio(estate.wall, floor.wall), targetFloorRatio, "x")
	if !short {
		check("estate / prebuilt path", ratio(estate.wall, programs[4].wall), targetPrebuiltRatio, "x")
	}
	check("estate max RSS (largest process)", estate.rssMB, targetRSSMB, " MB")
	check(fmt.Sprintf("one more environment (%.0f ms) / cdktf-only floor", float64(perEnv.Milliseconds())), ratio(perEnv, floor.wall), targetPerEnvRatio, "x")
	return nil
}

func ratio(a, b time.Duration) float64 { return a.Seconds() / b.Seconds() }

// runOnce runs p once, writing into outdir (removed after), and keeps
// its wall time and largest resident set when keep is set.
func (p *program) runOnce(outdir string, keep bool) error {
	cmd := exec.Command(p.bin)
	cmd.Dir = p.dir
	cmd.Env = append(append(os.Environ(), "CDKTF_OUTDIR="+outdir), p.env...)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	elapsed := time.Since(start)
	os.RemoveAll(outdir)
	if err != nil {
		return fmt.Errorf("%s: %v\n%s", p.name, err, out)
	}
	if !keep {
		return nil
	}
	p.walls = append(p.walls, elapsed)
	if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		// Linux reports the largest of the process and the children it
		// waited for (the Node process) in KB.
		p.rss = append(p.rss, float64(u.Maxrss)/1024)
	}
	return nil
}

// summarize sets p's figures to the medians of its kept runs.
func (p *program) summarize() {
	slices.Sort(p.walls)
	slices.Sort(p.rss)
	p.wall = p.walls[len(p.walls)/2]
	if len(p.rss) > 0 {
		p.rssMB = p.rss[len(p.rss)/2]
	}
}

// moreEnvironments lays out, under tmp, the project's envs/ plus extraEnvs
// copies of dev.yaml with ranges of their own, and returns the folder.
func moreEnvironments(root, tmp string) (string, error) {
	dir := filepath.Join(tmp, "envs12")
	if err := os.MkdirAll(filepath.Join(dir, "envs"), 0o755); err != nil {
		return "", err
	}
	files, err := filepath.Glob(filepath.Join(root, "envs", "*.yaml"))
	if err != nil {
		return "", err
	}
	var dev []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		if filepath.Base(f) == "dev.yaml" {
			dev = b
		}
		if err := os.WriteFile(filepath.Join(dir, "envs", filepath.Base(f)), b, 0o644); err != nil {
			return "", err
		}
	}
	cidr := regexp.MustCompile(`cidr: 10\.\d+\.0\.0/16`)
	if dev == nil || !cidr.Match(dev) {
		return "", errors.New("envs/dev.yaml has no cidr: 10.x.0.0/16 to vary")
	}
	for i := range extraEnvs {
		name := fmt.Sprintf("bench%d", i+1)
		spec := cidr.ReplaceAll(dev, []byte(fmt.Sprintf("cidr: 10.%d.0.0/16", 100+i)))
		if err := os.WriteFile(filepath.Join(dir, "envs", name+".yaml"), spec, 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// buildPrebuilt builds the app against the full prebuilt provider module:
// the project's go.mod without the replace directive, in a module file of
// its own (go build -modfile), so that nothing of the project changes.
func buildPrebuilt(root, tmp, out string) error {
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return err
	}
	var kept []string
	for _, line := range strings.Split(string(mod), "\n") {
		if !strings.HasPrefix(line, "replace "+providercopy.Module+" ") {
			kept = append(kept, line)
		}
	}
	modfile := filepath.Join(tmp, "prebuilt.mod")
	if err := os.WriteFile(modfile, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		return err
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "prebuilt.sum"), sum, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "bench: building the app against %s@%s (the first time, go downloads the 516 MB module)\n", providercopy.Module, providercopy.Version)
	dl := exec.Command("go", "mod", "download", "-modfile="+modfile, providercopy.Module)
	dl.Dir = root
	if b, err := dl.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod download %s: %v\n%s", providercopy.Module, err, b)
	}
	cmd := exec.Command("go", "build", "-modfile="+modfile, "-o", out, ".")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build against the prebuilt provider: %v\n%s", err, b)
	}
	return nil
}

// loadAverage is the machine's load average (Linux), or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
