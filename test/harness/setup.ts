// Each test file starts its own local parts; the SDK's Node 20 notice is noise there.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
