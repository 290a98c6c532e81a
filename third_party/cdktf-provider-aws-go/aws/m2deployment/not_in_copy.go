// Package m2deployment is not in the estate's trimmed copy of the prebuilt AWS
// provider (see third_party/cdktf-provider-aws-go/README.md).
package m2deployment

// Importing this package stops the build here, on purpose.
const _ int = "github.com/cdktf/cdktf-provider-aws-go/aws/v19/m2deployment is not in the trimmed provider copy: run make provider to add it"
