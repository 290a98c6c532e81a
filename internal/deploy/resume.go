package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/platform/estate/internal/adopt"
)

// A deploy killed half-way (SIGKILL, a lost machine) can leave objects in
// the cloud that no state records: Terraform records a resource once the
// provider's create returns. Deploy keeps a journal file beside each
// stack's state while cdktf deploys it; a journal found at the start of
// the next deploy means the last one never finished, and that deploy first
// adopts (imports) what the cloud has for the resources its state lacks
// (internal/adopt), so that it converges instead of failing on names that
// exist or building a second VPC beside an orphaned one.

// journal is the file that says a deploy of stack is under way or was
// interrupted (under the state folder; resetLocalState removes it with the
// state).
func (r *Runner) journal(stack string) string {
	return filepath.Join(r.StateDir(), stack+".tfstate.deploying")
}

// resume adopts, for each stack whose last deploy was interrupted, what
// that deploy created and did not record, into an import file Terraform
// reads with the stack. It returns the stacks it resumes.
func (r *Runner) resume(stacks []string) ([]string, error) {
	var resumed []string
	for _, stack := range stacks {
		importFile := filepath.Join(r.StackDir(stack), adopt.ImportFile)
		if err := os.Remove(importFile); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		if _, err := os.Stat(r.journal(stack)); errors.Is(err, os.ErrNotExist) {
			continue
		}
		imports, err := r.adoptionPlan(stack)
		if err != nil {
			return nil, fmt.Errorf("resuming the interrupted deploy of %s: %w", stack, err)
		}
		resumed = append(resumed, stack)
		if len(imports) == 0 {
			fmt.Fprintf(r.Stderr, "estate: resuming the interrupted deploy of %s: nothing to adopt\n", stack)
			continue
		}
		b, err := adopt.ImportJSON(imports)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(importFile, b, 0o644); err != nil {
			return nil, err
		}
		var to []string
		for _, im := range imports {
			to = append(to, im.To)
		}
		fmt.Fprintf(r.Stderr, "estate: resuming the interrupted deploy of %s: adopting %d objects it created but did not record: %s\n",
			stack, len(imports), strings.Join(to, ", "))
	}
	return resumed, nil
}

// adoptionPlan reads stack's state and synthesized configuration and asks
// the cloud for the objects of the resources the state lacks.
func (r *Runner) adoptionPlan(stack string) ([]adopt.Import, error) {
	var pulled, stderr bytes.Buffer
	cmd := r.terraformCmd(stack, "state", "pull")
	cmd.Stdout, cmd.Stderr = &pulled, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("terraform state pull: %w\n%s", err, stderr.String())
	}
	state, err := adopt.ParseState(pulled.Bytes())
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(r.StackDir(stack), "cdk.tf.json"))
	if err != nil {
		return nil, err
	}
	var config map[string]any
	if err := json.Unmarshal(b, &config); err != nil {
		return nil, fmt.Errorf("reading the synthesized %s: %w", stack, err)
	}
	resources, err := adopt.Resources(config)
	if err != nil || len(resources) == 0 {
		return nil, err
	}
	ctx := context.Background()
	cloud, err := adopt.NewAWS(ctx, r.env)
	if err != nil {
		return nil, err
	}
	facts, err := cloud.Facts(ctx, resources[0].Region)
	if err != nil {
		return nil, err
	}
	return adopt.Plan(ctx, config, state, facts, cloud)
}

// startJournal records that stacks are being deployed.
func (r *Runner) startJournal(stacks []string) error {
	if err := os.MkdirAll(r.StateDir(), 0o755); err != nil {
		return err
	}
	for _, stack := range stacks {
		if err := os.WriteFile(r.journal(stack), []byte("a deploy of "+stack+" is under way or was interrupted; the next deploy adopts what it created\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// endJournal records that stacks were deployed: their state holds all they
// created.
func (r *Runner) endJournal(stacks []string) error {
	for _, stack := range stacks {
		for _, f := range []string{r.journal(stack), filepath.Join(r.StackDir(stack), adopt.ImportFile)} {
			if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}
