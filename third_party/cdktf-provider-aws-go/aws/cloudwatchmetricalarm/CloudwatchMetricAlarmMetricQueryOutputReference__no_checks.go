// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package cloudwatchmetricalarm

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validatePutMetricParameters(value *CloudwatchMetricAlarmMetricQueryMetric) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetAccountIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetExpressionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetLabelParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetReturnDataParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarmMetricQueryOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewCloudwatchMetricAlarmMetricQueryOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

