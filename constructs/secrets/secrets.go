// Package secrets holds what the secret and parameters constructs share: a
// value AWS generates at deploy time.
package secrets

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagerrandompassword"

	"github.com/platform/estate/constructs/identity"
)

// GeneratedValueLength is the length of a value from GeneratedValue.
const GeneratedValueLength = 64

// GeneratedValue is a random value that AWS generates when Terraform reads
// it (secretsmanager:GetRandomPassword), so that it never appears in the
// synthesized configuration, only in the (encrypted) state. It is new on every
// read: whatever stores it must ignore later changes of the value.
func GeneratedValue(scope constructs.Construct, id string, ident *identity.Identity) *string {
	return dataawssecretsmanagerrandompassword.NewDataAwsSecretsmanagerRandomPassword(scope, jsii.String(id), &dataawssecretsmanagerrandompassword.DataAwsSecretsmanagerRandomPasswordConfig{
		Provider:           ident.Provider,
		PasswordLength:     jsii.Number(GeneratedValueLength),
		ExcludePunctuation: jsii.Bool(true),
	}).RandomPassword()
}
