// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package cloudwatchmetricalarm

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetDimensionsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetInternalValueParameters(val *CloudwatchMetricAlarmMetricQueryMetric) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetMetricNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetNamespaceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetStatParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryMetricOutputReference) validateSetUnitParameters(val *string) error {
	return nil
}

func validateNewCloudwatchMetricAlarmMetricQueryMetricOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

