// Command estate synthesizes the platform team's AWS estate: the shared
// network stack and one app-<env> stack per environment spec in envs/.
//
// cdktf runs it (cdktf.json: "app"), and make up/down/drift run that command
// the same way; run `npx cdktf synth` or `make synth`.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/guardrails"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsiiruntime"
	"github.com/platform/estate/stacks"
)

func main() {
	err := run()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		if rmErr := removeOutput(outdir()); rmErr != nil {
			fmt.Fprintln(os.Stderr, rmErr)
		}
	}
	jsiiruntime.Close()
	if err != nil {
		os.Exit(1)
	}
}

func run() error {
	if err := jsiiruntime.Start(); err != nil {
		return err
	}
	// Validate everything before the first jsii call: a bad spec fails in
	// milliseconds, and before anything is written.
	project, err := envs.Load(envs.EnvsDir(os.Getenv), os.Getenv)
	if err != nil {
		return err
	}
	// cdktf's synthesis would run every construct's validations, and among
	// them, for the network's moved blocks, `terraform version` through a
	// shell: 0.15 s of a 1.4 s synthesis, and a Terraform binary needed for
	// a synthesis that is only to be reviewed. The synthesis skips them;
	// Estate.Validate runs all the others first.
	app := cdktf.NewApp(&cdktf.AppConfig{StackTraces: jsii.Bool(false), SkipValidation: jsii.Bool(true)})
	estate, err := stacks.Build(app, project)
	if err != nil {
		return err
	}
	if err := estate.Validate(); err != nil {
		return err
	}
	app.Synth()
	// The guardrails read what was just written; a violation fails the
	// synthesis, and main removes the output.
	result, err := guardrails.CheckOutdir(outdir(), stacks.GuardrailOptions(project))
	if err != nil {
		return err
	}
	for _, s := range result.Suppressions {
		fmt.Fprintln(os.Stderr, "guardrails:", s)
	}
	return result.Err()
}

// outdir is where cdktf writes: the CLI passes it in CDKTF_OUTDIR.
func outdir() string {
	if d := os.Getenv("CDKTF_OUTDIR"); d != "" {
		return d
	}
	return "cdktf.out"
}

// removeOutput deletes the output of an earlier synthesis when this one
// failed, so that nobody reviews or deploys stacks that no longer match the
// code. Only a directory shaped like cdktf output is touched.
func removeOutput(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() != "manifest.json" && e.Name() != "stacks" {
			return fmt.Errorf("left %s in place: it holds %s, which cdktf does not write", dir, filepath.Join(dir, e.Name()))
		}
	}
	return os.RemoveAll(dir)
}
