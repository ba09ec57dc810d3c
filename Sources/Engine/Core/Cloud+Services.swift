/// The services of the simulated cloud. A new service adds its type here.
extension Cloud {
    static var serviceTypes: [any ServiceEngine.Type] { [
        STSService.self,
        SQSService.self,
        SNSService.self,
        S3Service.self,
        KMSService.self,
        EC2Service.self,
    ] }

    func replaceEngines(_ engines: [String: any ServiceEngine]) {
        self.engines = engines
    }
}
