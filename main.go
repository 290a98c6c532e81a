// Command estate synthesizes the platform team's AWS estate: the shared
// network stack and one app-<env> stack per environment spec in envs/.
//
// cdktf runs it (cdktf.json: "app"); run `npx cdktf synth` or `make synth`.
package main

import (
	"fmt"
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/stacks"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run() error {
	// Validate everything before the first jsii call: a bad spec fails in
	// milliseconds, and before anything is written.
	project, err := envs.Load("envs", os.Getenv)
	if err != nil {
		return err
	}
	app := cdktf.NewApp(&cdktf.AppConfig{StackTraces: jsii.Bool(false)})
	if _, err := stacks.Build(app, project); err != nil {
		return err
	}
	app.Synth()
	return nil
}
