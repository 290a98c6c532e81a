// Package secrets holds what the secret and parameters constructs share: a
// value AWS generates at deploy time, written where it is needed and
// nowhere else.
package secrets

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/identity"
)

// GeneratedValueLength is the length of a generated value.
const GeneratedValueLength = 64

// Generate gives resource a random value that AWS generates while Terraform
// applies (secretsmanager:GetRandomPassword, through an ephemeral
// aws_secretsmanager_random_password), through its write-only attribute
// attr (secret_string_wo, value_wo): the value is in no synthesized file,
// no plan, no log and no state. <attr>_version is 1; raising it writes a
// new value. (cdktf 0.20 predates ephemeral resources and write-only
// attributes: both are written as overrides.)
func Generate(resource cdktf.TerraformResource, attr string, ident *identity.Identity) {
	name := *resource.FriendlyUniqueId() + "_generated"
	ref := "aws"
	if alias := ident.Provider.Alias(); alias != nil && *alias != "" {
		ref += "." + *alias
	}
	cdktf.TerraformStack_Of(resource).AddOverride(jsii.String("ephemeral.aws_secretsmanager_random_password."+name), map[string]any{
		"provider":            ref,
		"password_length":     GeneratedValueLength,
		"exclude_punctuation": true,
	})
	resource.AddOverride(jsii.String(attr), "${ephemeral.aws_secretsmanager_random_password."+name+".random_password}")
	resource.AddOverride(jsii.String(attr+"_version"), 1)
}
