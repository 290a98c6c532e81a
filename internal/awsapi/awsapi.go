// Package awsapi configures AWS SDK clients from the environment the CLIs
// run with (the emulator's endpoint and dummy keys, or the user's
// credentials for AWS), so that what the deploy tool reads through the API
// is what Terraform sees.
package awsapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
)

// Config is an SDK configuration and whether S3 needs path-style
// addresses (an endpoint of its own, the emulator).
type Config struct {
	aws.Config
	PathStyle bool
}

// Load configures the API from env (KEY=value pairs, the last one of a key
// wins): AWS_ENDPOINT_URL, static keys when set, else the profile or the
// SDK's default chain.
func Load(ctx context.Context, env []string) (Config, error) {
	get := func(k string) string {
		for i := len(env) - 1; i >= 0; i-- {
			if v, ok := strings.CutPrefix(env[i], k+"="); ok {
				return v
			}
		}
		return ""
	}
	var opts []func(*config.LoadOptions) error
	if id := get("AWS_ACCESS_KEY_ID"); id != "" {
		opts = append(opts, config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(id, get("AWS_SECRET_ACCESS_KEY"), get("AWS_SESSION_TOKEN"))))
	} else if p := get("AWS_PROFILE"); p != "" {
		opts = append(opts, config.WithSharedConfigProfile(p))
	}
	endpoint := get("AWS_ENDPOINT_URL")
	if endpoint != "" {
		opts = append(opts, config.WithBaseEndpoint(endpoint))
	}
	cfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return Config{}, fmt.Errorf("configuring the AWS API: %w", err)
	}
	return Config{Config: cfg, PathStyle: endpoint != ""}, nil
}

// In is the configuration for region.
func (c Config) In(region string) Config {
	out := c
	out.Config = c.Config.Copy()
	out.Region = region
	return out
}

// S3 is an S3 client in the configuration's region.
func (c Config) S3() *s3.Client {
	return s3.NewFromConfig(c.Config, func(o *s3.Options) { o.UsePathStyle = c.PathStyle })
}

// IsNotFound reports whether err is the API's answer that the object asked
// for does not exist (NoSuchKey, DBClusterNotFoundFault, ...).
func IsNotFound(err error) bool {
	var api smithy.APIError
	if !errors.As(err, &api) {
		return false
	}
	code := api.ErrorCode()
	return strings.Contains(code, "NotFound") || strings.Contains(code, "NoSuch")
}

// GetObject reads the object bucket/key in region; ok is false when there
// is none.
func (c Config) GetObject(ctx context.Context, region, bucket, key string) (body []byte, ok bool, err error) {
	out, err := c.In(region).S3().GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if IsNotFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer out.Body.Close()
	var b strings.Builder
	if _, err := io.Copy(&b, out.Body); err != nil {
		return nil, false, err
	}
	return []byte(b.String()), true, nil
}
