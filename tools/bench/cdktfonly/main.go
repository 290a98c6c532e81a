// Command cdktfonly is the cdktf-only floor of make bench: a Go cdktf app
// with one stack, one output and no provider. On jsii's standard runtime
// (ESTATE_JSII=standard) it is the least a Go cdktf synthesis costs today.
package main

import (
	"fmt"
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/internal/jsiiruntime"
)

func main() {
	if err := jsiiruntime.Start(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	app := cdktf.NewApp(&cdktf.AppConfig{StackTraces: jsii.Bool(false)})
	stack := cdktf.NewTerraformStack(app, jsii.String("floor"))
	cdktf.NewTerraformOutput(stack, jsii.String("floor"), &cdktf.TerraformOutputConfig{Value: jsii.String("floor")})
	app.Synth()
	jsiiruntime.Close()
}
