// Package dataawssecretsmanagerrandompassword is not in the estate's trimmed copy of the prebuilt AWS
// provider (see third_party/cdktf-provider-aws-go/README.md).
package dataawssecretsmanagerrandompassword

// Importing this package stops the build here, on purpose.
const _ int = "github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagerrandompassword is not in the trimmed provider copy: run make provider to add it"
