// Package monitoring is an application log group with a metric filter
// counting its error lines (and, optionally, a log group for errors), and,
// with Alarms, an alarm topic (encrypted, TLS only), alarms with thresholds
// from the spec on whatever of a function, a database and a table it is
// given, and a CloudWatch dashboard of the same.
package monitoring

import (
	"encoding/json"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchdashboard"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchlogmetricfilter"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchmetricalarm"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopic"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicsubscription"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Alarm evaluation: five-minute periods; missing data (no traffic) is fine.
const (
	Period           = 300
	TreatMissingData = "notBreaching"
)

// Config configures monitoring.
type Config struct {
	Identity *identity.Identity
	// Key encrypts the topic and the log group.
	Key *key.Output
	// Name prefixes the physical names: the topic <Name>-alarms, each
	// alarm <Name>-<alarm>, the metric filter <Name>-error-lines, the
	// dashboard <Name>.
	Name string
	// Spec is the spec's alarms section: thresholds, and who is paged.
	Spec envs.Alarms
	// LogGroupName names the application log group, kept LogRetentionDays.
	LogGroupName     string
	LogRetentionDays int
	// ErrorLogGroupName, when set, names a log group for the application's
	// errors, kept ErrorRetentionDays.
	ErrorLogGroupName  string
	ErrorRetentionDays int
	// Alarms adds the alarm topic, the alarms and the dashboard.
	Alarms bool
	// ErrorPattern is the metric filter's pattern for an error line of the
	// application log; each counts 1 in ErrorMetric of Namespace.
	ErrorPattern string
	Namespace    string
	ErrorMetric  string
	// What is watched; each is optional (nil: no alarms or graphs for it).
	FunctionName      *string
	ClusterIdentifier *string
	TableName         *string
}

// Output is the monitoring.
type Output struct {
	TopicARN *string
	// AppLogGroupName and AppLogGroupARN are the application log group;
	// ErrorLogGroupName and ErrorLogGroupARN the error log group, or nil.
	AppLogGroupName   *string
	AppLogGroupARN    *string
	ErrorLogGroupName *string
	ErrorLogGroupARN  *string
	DashboardName     *string
	// Construct is the monitoring's construct path in its stack, which
	// names its grants.
	Construct string
}

// alarm is one metric alarm.
type alarm struct {
	id, description     string
	namespace, metric   string
	statistic, extended string
	dimensions          map[string]*string
	comparison          string
	threshold           float64
	evaluationPeriods   int
}

// New creates the monitoring of one environment.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	ident := cfg.Identity
	if cfg.Name == "" || cfg.LogGroupName == "" || cfg.Namespace == "" || cfg.ErrorMetric == "" || cfg.ErrorPattern == "" {
		return nil, fmt.Errorf("monitoring %s: Name, LogGroupName, Namespace, ErrorMetric and ErrorPattern are required", id)
	}
	scope = constructs.NewConstruct(scope, jsii.String(id))
	out := &Output{Construct: identity.Path(scope)}

	logGroup := newLogGroup(scope, "app-log", cfg.LogGroupName, cfg.LogRetentionDays, cfg)
	out.AppLogGroupName, out.AppLogGroupARN = logGroup.Name(), logGroup.Arn()
	cloudwatchlogmetricfilter.NewCloudwatchLogMetricFilter(scope, jsii.String("error-lines"), &cloudwatchlogmetricfilter.CloudwatchLogMetricFilterConfig{
		Provider:     ident.Provider,
		Name:         jsii.String(cfg.Name + "-error-lines"),
		LogGroupName: out.AppLogGroupName,
		Pattern:      jsii.String(cfg.ErrorPattern),
		MetricTransformation: &cloudwatchlogmetricfilter.CloudwatchLogMetricFilterMetricTransformation{
			Name:         jsii.String(cfg.ErrorMetric),
			Namespace:    jsii.String(cfg.Namespace),
			Value:        jsii.String("1"),
			DefaultValue: jsii.String("0"),
		},
	})

	if cfg.ErrorLogGroupName != "" {
		errors := newLogGroup(scope, "error-log", cfg.ErrorLogGroupName, cfg.ErrorRetentionDays, cfg)
		out.ErrorLogGroupName, out.ErrorLogGroupARN = errors.Name(), errors.Arn()
	}
	if !cfg.Alarms {
		return out, nil
	}
	return out, out.alarm(scope, cfg)
}

// newLogGroup is a log group of the environment's, encrypted with its key.
func newLogGroup(scope constructs.Construct, id, name string, retentionDays int, cfg Config) cloudwatchloggroup.CloudwatchLogGroup {
	return cloudwatchloggroup.NewCloudwatchLogGroup(scope, jsii.String(id), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Provider:        cfg.Identity.Provider,
		Name:            jsii.String(name),
		RetentionInDays: jsii.Number(float64(retentionDays)),
		KmsKeyId:        cfg.Key.ARN,
	})
}

// alarm adds the alarm topic, the alarms and the dashboard.
func (out *Output) alarm(scope constructs.Construct, cfg Config) error {
	ident, a := cfg.Identity, cfg.Spec
	topic := snstopic.NewSnsTopic(scope, jsii.String("topic"), &snstopic.SnsTopicConfig{
		Provider:       ident.Provider,
		Name:           jsii.String(cfg.Name + "-alarms"),
		KmsMasterKeyId: cfg.Key.ARN,
	})
	topicARN := topic.Arn()
	out.TopicARN = topicARN
	policy := security.PolicyDocument(scope, "topic-policy-document", ident, security.Statement{
		Sid:        "CloudWatchAlarmsPublish",
		Actions:    []string{"sns:Publish"},
		Resources:  []*string{topicARN},
		Principals: []security.Principal{{Type: "Service", Identifiers: []*string{security.ServicePrincipal("cloudwatch")}}},
		Conditions: []security.Condition{{Test: "StringEquals", Variable: "aws:SourceAccount", Values: []*string{ident.AccountID}}},
	}, security.DenyInsecureTransport([]string{"sns:Publish", "sns:Subscribe"}, topicARN))
	snstopicpolicy.NewSnsTopicPolicy(scope, jsii.String("topic-policy"), &snstopicpolicy.SnsTopicPolicyConfig{
		Provider: ident.Provider,
		Arn:      topicARN,
		Policy:   policy.Json(),
	})
	if a.Email != "" {
		snstopicsubscription.NewSnsTopicSubscription(scope, jsii.String("email"), &snstopicsubscription.SnsTopicSubscriptionConfig{
			Provider: ident.Provider,
			TopicArn: topicARN,
			Protocol: jsii.String("email"),
			Endpoint: jsii.String(a.Email),
		})
	}

	const ge, gt, lt = "GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold"
	var alarms []alarm
	if cfg.FunctionName != nil {
		fn := map[string]*string{"FunctionName": cfg.FunctionName}
		alarms = append(alarms,
			alarm{"lambda-errors", "Lambda errors", "AWS/Lambda", "Errors", "Sum", "", fn, ge, float64(a.LambdaErrors), 1},
			alarm{"lambda-duration-p95", "Lambda p95 duration (ms)", "AWS/Lambda", "Duration", "", "p95", fn, gt, float64(a.LambdaP95DurationMS), 3},
			alarm{"lambda-throttles", "Lambda throttles", "AWS/Lambda", "Throttles", "Sum", "", fn, ge, float64(a.LambdaThrottles), 1})
	}
	if cfg.ClusterIdentifier != nil {
		db := map[string]*string{"DBClusterIdentifier": cfg.ClusterIdentifier}
		alarms = append(alarms,
			alarm{"db-cpu", "Aurora CPU (%)", "AWS/RDS", "CPUUtilization", "Average", "", db, gt, float64(a.DatabaseCPUPercent), 3},
			alarm{"db-connections", "Aurora connections", "AWS/RDS", "DatabaseConnections", "Average", "", db, gt, float64(a.DatabaseConnections), 3},
			alarm{"db-freeable-memory", "Aurora freeable memory (bytes)", "AWS/RDS", "FreeableMemory", "Average", "", db, lt, float64(a.DatabaseFreeableMemoryMB) * 1024 * 1024, 3})
	}
	if cfg.TableName != nil {
		table := map[string]*string{"TableName": cfg.TableName}
		alarms = append(alarms,
			alarm{"dynamodb-read-throttles", "DynamoDB read throttle events", "AWS/DynamoDB", "ReadThrottleEvents", "Sum", "", table, ge, float64(a.DynamoDBThrottles), 1},
			alarm{"dynamodb-write-throttles", "DynamoDB write throttle events", "AWS/DynamoDB", "WriteThrottleEvents", "Sum", "", table, ge, float64(a.DynamoDBThrottles), 1})
	}
	alarms = append(alarms, alarm{"error-log-lines", "ERROR lines in the application log", cfg.Namespace, cfg.ErrorMetric, "Sum", "", nil, ge, float64(a.ErrorLogLines), 1})
	actions := &[]*string{topicARN}
	for _, al := range alarms {
		ac := &cloudwatchmetricalarm.CloudwatchMetricAlarmConfig{
			Provider:           ident.Provider,
			AlarmName:          jsii.String(cfg.Name + "-" + al.id),
			AlarmDescription:   jsii.String(fmt.Sprintf("%s of %s: %s %g", al.description, cfg.Name, al.comparison, al.threshold)),
			Namespace:          jsii.String(al.namespace),
			MetricName:         jsii.String(al.metric),
			ComparisonOperator: jsii.String(al.comparison),
			Threshold:          jsii.Number(al.threshold),
			Period:             jsii.Number(Period),
			EvaluationPeriods:  jsii.Number(float64(al.evaluationPeriods)),
			TreatMissingData:   jsii.String(TreatMissingData),
			AlarmActions:       actions,
			OkActions:          actions,
		}
		if al.statistic != "" {
			ac.Statistic = jsii.String(al.statistic)
		} else {
			ac.ExtendedStatistic = jsii.String(al.extended)
		}
		if al.dimensions != nil {
			ac.Dimensions = &al.dimensions
		}
		cloudwatchmetricalarm.NewCloudwatchMetricAlarm(scope, jsii.String(al.id), ac)
	}

	body, err := dashboard(ident.Region, cfg)
	if err != nil {
		return err
	}
	d := cloudwatchdashboard.NewCloudwatchDashboard(scope, jsii.String("dashboard"), &cloudwatchdashboard.CloudwatchDashboardConfig{
		Provider:      ident.Provider,
		DashboardName: jsii.String(cfg.Name),
		DashboardBody: jsii.String(body),
	})
	out.DashboardName = d.DashboardName()
	return nil
}

// GrantWriteLog lets role write to the application's log groups.
func (o *Output) GrantWriteLog(role *security.Role) {
	streams := []*string{jsii.String(*o.AppLogGroupARN + ":*")}
	if o.ErrorLogGroupARN != nil {
		streams = append(streams, jsii.String(*o.ErrorLogGroupARN+":*"))
	}
	role.Grant(security.Grant{Resource: o.Construct + "/app-log", Action: "Write", Statements: []security.Statement{{
		Actions:   []string{"logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"},
		Resources: streams,
	}}})
}

// widget is one metric graph of the dashboard.
type widget struct {
	Type       string         `json:"type"`
	X          int            `json:"x"`
	Y          int            `json:"y"`
	Width      int            `json:"width"`
	Height     int            `json:"height"`
	Properties map[string]any `json:"properties"`
}

// dashboard renders the dashboard body: a graph per watched metric group,
// three to a row. Tokens (function and table names) stay in the JSON
// string; Terraform interpolates them.
func dashboard(region string, cfg Config) (string, error) {
	var widgets []widget
	graph := func(title string, metrics ...[]any) {
		i := len(widgets)
		widgets = append(widgets, widget{
			Type: "metric", X: (i % 3) * 8, Y: (i / 3) * 6, Width: 8, Height: 6,
			Properties: map[string]any{"title": title, "region": region, "view": "timeSeries", "period": Period, "metrics": metrics},
		})
	}
	sum := map[string]any{"stat": "Sum"}
	if cfg.FunctionName != nil {
		fn := *cfg.FunctionName
		graph("Lambda invocations and errors", []any{"AWS/Lambda", "Invocations", "FunctionName", fn, sum}, []any{"AWS/Lambda", "Errors", "FunctionName", fn, sum})
		graph("Lambda duration p95 (ms)", []any{"AWS/Lambda", "Duration", "FunctionName", fn, map[string]any{"stat": "p95"}})
		graph("Lambda throttles", []any{"AWS/Lambda", "Throttles", "FunctionName", fn, sum})
	}
	if cfg.ClusterIdentifier != nil {
		db := *cfg.ClusterIdentifier
		graph("Aurora CPU and connections", []any{"AWS/RDS", "CPUUtilization", "DBClusterIdentifier", db}, []any{"AWS/RDS", "DatabaseConnections", "DBClusterIdentifier", db, map[string]any{"yAxis": "right"}})
	}
	if cfg.TableName != nil {
		table := *cfg.TableName
		graph("DynamoDB throttle events", []any{"AWS/DynamoDB", "ReadThrottleEvents", "TableName", table, sum}, []any{"AWS/DynamoDB", "WriteThrottleEvents", "TableName", table, sum})
	}
	graph("ERROR lines in the application log", []any{cfg.Namespace, cfg.ErrorMetric, sum})
	b, err := json.Marshal(map[string]any{"widgets": widgets})
	return string(b), err
}
